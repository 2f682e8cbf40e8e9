using System.Net;
using System.Net.Sockets;

namespace Reader.Cli.Tests;

public sealed class ServeCommandTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Rebuilds_a_changed_article_reloads_open_pages_and_overlays_errors_on_the_last_good_page()
    {
        using var project = Project();
        await using var serve = await RunningServe.StartAsync(project);
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Order(StringComparer.Ordinal).First();
        var url = $"/articles/{Path.GetFileNameWithoutExtension(article)}/";
        var first = await serve.Client.GetStringAsync(url);
        Assert.Contains("<script src=\"/_reader/live.js\" data-events=\"/_reader/events\"", first, StringComparison.Ordinal);
        using var events = await serve.Client.GetAsync("/_reader/events", HttpCompletionOption.ResponseHeadersRead);
        var reloaded = ReadUntil(await events.Content.ReadAsStreamAsync(), "event: reload");

        File.AppendAllText(article, "\nA paragraph written while serving.\n");

        Assert.Contains("A paragraph written while serving.", await Poll(serve, url, page => page.Contains("written while serving", StringComparison.Ordinal)), StringComparison.Ordinal);
        await reloaded.WaitAsync(Patience);
        Assert.DoesNotContain("_reader", project.Read($"output{url}index.html"), StringComparison.Ordinal);

        File.WriteAllText(article, File.ReadAllText(article).Replace("\ntitle: ", "\ntitle: [unclosed <b>", StringComparison.Ordinal));

        var broken = await Poll(serve, url, page => page.Contains("reader-errors", StringComparison.Ordinal));
        Assert.Contains($"input/articles/{Path.GetFileName(article)}:2:1: error: the front matter is not valid YAML", broken, StringComparison.Ordinal);
        Assert.Contains("A paragraph written while serving.", broken, StringComparison.Ordinal);
        Assert.DoesNotContain("reader-errors", project.Read($"output{url}index.html"), StringComparison.Ordinal);
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Shows_editors_a_note_on_a_page_whose_title_ingest_made_but_never_writes_it_to_the_output()
    {
        using var project = Project();
        project.Write("input/articles/derived.md", "---\ntitle: A title made from the text\ntitle_derived: true\n---\n\nThe text.\n");
        await using var serve = await RunningServe.StartAsync(project);

        var page = await serve.Client.GetStringAsync("/articles/derived/");
        Assert.Contains("<aside class=\"reader-note\" role=\"note\"><p>For editors: ingest made this title, &quot;A title made from the text&quot;", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("reader-note", StringComparison.Ordinal) < page.IndexOf("<main", StringComparison.Ordinal), "the editors' note opens the page");
        Assert.DoesNotContain("reader-note", await serve.Client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(0, await serve.StopAsync());
        Assert.DoesNotContain("reader-note", project.Read("output/articles/derived/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_under_the_link_root_with_the_sites_own_404_page()
    {
        using var project = Project();
        project.Write("statiq.json", """{ "LinkRoot": "/reader" }""");
        await using var serve = await RunningServe.StartAsync(project, "/reader/");

        var home = await serve.Client.GetAsync("/reader/");
        var outside = await serve.Client.GetAsync("/articles/");
        var missing = await serve.Client.GetAsync("/reader/no-such-page/");
        var stylesheet = await serve.Client.GetAsync("/reader/assets/site.css");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("no-store", home.Headers.CacheControl?.ToString());
        Assert.Contains("src=\"/reader/_reader/live.js\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/reader/_reader/live.js", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css", stylesheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task Shows_a_draft_with_a_banner_while_build_and_output_leave_it_out()
    {
        using var project = Project();
        project.Write("input/articles/work-in-progress.md", "---\ntitle: Work in progress\ndraft: true\n---\nNotes.\n");
        var (exit, _, _) = project.Run("build");
        Assert.Equal(0, exit);
        Assert.False(File.Exists(project.PathOf("output/articles/work-in-progress/index.html")));
        var published = project.Read("output/index.html");

        await using var serve = await RunningServe.StartAsync(project);
        var preview = await serve.Client.GetStringAsync("/articles/work-in-progress/");

        Assert.Contains("class=\"draft-banner\"", preview, StringComparison.Ordinal);
        Assert.Contains("the preview shows 1 draft, which reader build leaves out", serve.Log, StringComparison.Ordinal);
        Assert.False(File.Exists(project.PathOf("output/articles/work-in-progress/index.html")));
        Assert.Equal(published, project.Read("output/index.html"));
        Assert.Equal(0, await serve.StopAsync());
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_suggesting_another()
    {
        using var project = Project();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var error = new StringWriter();

        var exit = await ReaderApp.RunAsync(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], project.Root, new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains($"error: port {port} is in use; try --port {port + 1}", error.ToString(), StringComparison.Ordinal);
    }

    private static TempProject Project()
    {
        var project = new TempProject();
        project.CopyTheme();
        return project;
    }

    private static async Task<string> Poll(RunningServe serve, string url, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var page = await serve.Client.GetStringAsync(url);
            if (done(page) || DateTime.UtcNow > deadline)
            {
                return page;
            }

            await Task.Delay(100);
        }
    }

    private static Task ReadUntil(Stream stream, string line) => Task.Run(async () =>
    {
        using var reader = new StreamReader(stream);
        while (await reader.ReadLineAsync() is { } next && next != line)
        {
        }
    });
}
