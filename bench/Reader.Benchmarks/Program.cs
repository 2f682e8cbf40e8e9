using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Reader.Benchmarks -- --filter '*'   (see BENCHMARKS.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
