using Reader.Cli;

return await ReaderApp.RunAsync(args, Environment.CurrentDirectory, Console.Out, Console.Error);
