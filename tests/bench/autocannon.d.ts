// autocannon ships no types (and @types/autocannon is not installed): the part the benchmarks use.
declare module "autocannon" {
  type Result = {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  export default function autocannon(options: { url: string; connections?: number; duration?: number }): Promise<Result>;
}
