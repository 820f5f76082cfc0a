using Graph.Cli;

return await GraphCommand.RunAsync(args, Console.Out, Console.Error);
