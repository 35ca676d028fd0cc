/** AWS JSON 1.1 sends timestamps as epoch seconds (a JSON number, fraction allowed). */
export const epochSeconds = (millis: number) => millis / 1000;
