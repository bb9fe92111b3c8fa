export declare function startAddress(env?: Record<string, string | undefined>): {
  port: number;
  portText: string;
  hostname: string;
};
export declare function busyPortMessage(port: number, hostname: string): string;
export declare function checkAddress(address: {
  port: number;
  portText: string;
  hostname: string;
}): Promise<string | undefined>;
