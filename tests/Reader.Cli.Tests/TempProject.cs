using Reader.Testing;

namespace Reader.Cli.Tests;

/// <summary>A throw-away project folder with the repository's seeds and themes, for running <c>reader</c> as a user would.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject(bool withSeeds = true)
    {
        Root = Directory.CreateTempSubdirectory("reader-cli-").FullName;
        if (withSeeds)
        {
            Repository.CopyFolder(Path.Combine(RepositoryRoot, "seeds"), Path.Combine(Root, "seeds"));
        }

        Repository.CopyFolder(Path.Combine(RepositoryRoot, "input", "themes"), Path.Combine(Root, "input", "themes"));
    }

    public static string RepositoryRoot => Repository.Root;

    /// <summary>Adds the repository's templates and the collection's introduction, which <c>build</c> needs.</summary>
    public void CopyTheme()
    {
        Repository.CopyFolder(Path.Combine(RepositoryRoot, "theme"), PathOf("theme"));
        File.Copy(Path.Combine(RepositoryRoot, "input", "index.md"), PathOf("input/index.md"));
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = ReaderApp.Run(args, Root, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Every file under the project with its bytes, to prove a run changed nothing.</summary>
    public Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(PathOf(folder), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
