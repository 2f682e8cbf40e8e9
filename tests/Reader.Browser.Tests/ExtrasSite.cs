using Reader.Content;
using Reader.Site;
using Reader.Testing;
using SkiaSharp;

namespace Reader.Browser.Tests;

/// <summary>
/// A small project with what the real collection has none of: a renamed article (an alias), a draft and a local
/// image with a caption. <c>reader build</c> writes <see cref="Output"/>; <see cref="Preview"/> is what
/// <c>reader serve</c> shows, drafts included. Both are served on loopback.
/// </summary>
public sealed class ExtrasSite : IAsyncLifetime
{
    private StaticSiteServer? _server;
    private StaticSiteServer? _preview;

    public string Root { get; } = Directory.CreateTempSubdirectory("reader-browser-extras-").FullName;

    public string Output => Path.Combine(Root, "output");

    public string BaseUrl => _server!.BaseUrl;

    public string PreviewUrl => _preview!.BaseUrl;

    public Task InitializeAsync()
    {
        Repository.CopyFolder(Path.Combine(Repository.Root, "theme"), Path.Combine(Root, "theme"));
        Directory.CreateDirectory(Path.Combine(Root, "seeds"));
        Write("statiq.json", """{ "SiteTitle": "Extras", "Host": "reader.example.org" }""");
        Write("input/index.md", "---\ntitle: Extras\n---\nA collection with a renamed article, a draft and a picture.\n");
        Write("input/articles/kuril-talks.md", """
            ---
            title: The Kuril talks
            date: 2019-01-22
            language: en
            aliases: [kuril-islands-talks]
            ---
            The talks began in Moscow.

            ^^^
            ![Kunashir seen from Hokkaido](/images/kunashir.png)
            ^^^ Kunashir, seen from the Shiretoko peninsula.

            They ended without an agreement.
            """);
        Write("input/articles/unfinished.md", "---\ntitle: An unfinished piece\ndraft: true\n---\nNotes for later.\n");
        WriteImage("input/images/kunashir.png", 1600, 900);

        var output = new StringWriter();
        var exit = Cli.ReaderApp.Run(["build"], Root, output, output);
        if (exit != 0)
        {
            throw new InvalidOperationException($"reader build exited {exit}:\n{output}");
        }

        var settings = new ReaderSettings { SiteTitle = "Extras", Host = "reader.example.org" };
        var preview = Path.Combine(Root, "preview");
        var result = new SiteSession(settings, Path.Combine(Root, "input"), Path.Combine(Root, "theme"), preview, incremental: false, includeDrafts: true).Build();
        if (result.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }

        _server = new StaticSiteServer(Output);
        _preview = new StaticSiteServer(preview);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        _preview?.Dispose();
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private void Write(string path, string text)
    {
        var file = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }

    private void WriteImage(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        var file = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, data.ToArray());
    }
}
