// "1 article", "2 articles": the counts in the messages and summaries people read.
export const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
