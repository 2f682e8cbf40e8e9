using System.Diagnostics;

namespace Reader.Cli.Tests;

/// <summary>Runs the real <c>reader</c> program in its own process, for what an in-process call cannot show: kills, environment.</summary>
public static class ReaderProcess
{
    private static string ReaderDll => Path.Combine(Path.GetDirectoryName(typeof(ReaderApp).Assembly.Location)!, "reader.dll");

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(ReaderDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    public static (int Exit, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }

    /// <summary>A deterministic collection of <paramref name="count"/> articles, big enough for a build to take a moment.</summary>
    public static void WriteCorpus(string inputDir, int count, int seed = 7)
    {
        var random = new Random(seed);
        string[] words = ["japan", "russia", "china", "treaty", "islands", "energy", "summit", "sanctions", "pipeline", "border", "Tokyo", "Moscow", "Beijing", "alliance", "strategy"];
        Directory.CreateDirectory(Path.Combine(inputDir, "articles"));
        Directory.CreateDirectory(Path.Combine(inputDir, "themes"));
        File.WriteAllText(Path.Combine(inputDir, "themes", "t.md"), "---\ntitle: T\n---\n");
        for (var i = 0; i < count; i++)
        {
            var paragraphs = Enumerable.Range(0, 12).Select(_ => string.Join(' ', Enumerable.Range(0, 80).Select(_ => words[random.Next(words.Length)])) + ".");
            File.WriteAllText(
                Path.Combine(inputDir, "articles", $"a-{i:D4}.md"),
                $"---\ntitle: Article {i}\nauthors: [Person {i % 17}]\ndate: {2010 + (i % 15)}-0{1 + (i % 9)}-1{i % 10}\nthemes: [t]\n---\n\n## Part\n\n{string.Join("\n\n", paragraphs)}\n");
        }
    }
}
