using Reader.Cli;

return ReaderApp.Run(args, Environment.CurrentDirectory, Console.Out, Console.Error);
