// Every `must` subcommand (each module exports register(program)).
export {};
