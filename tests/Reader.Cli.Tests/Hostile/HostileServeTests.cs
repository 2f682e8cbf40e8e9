using System.Net;

namespace Reader.Cli.Tests.Hostile;

/// <summary>
/// What a page on another site, or a request during a rebuild, can do to <c>reader serve</c>: it answers only to
/// this machine's names and the site's host, only reads, never follows a symbolic link, always sends a whole page,
/// and while the input has an error the published <c>output/</c> keeps the last good build.
/// </summary>
public sealed class HostileServeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("evil.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("localhost.evil.example:{port}", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1:1", HttpStatusCode.BadRequest)]
    [InlineData("localhost:{port}", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:{port}", HttpStatusCode.OK)]
    [InlineData("[::1]:{port}", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("reader.example.org", HttpStatusCode.OK)]
    [InlineData("READER.example.org:{port}", HttpStatusCode.OK)]
    public async Task Answers_only_loopback_names_and_the_sites_host(string host, HttpStatusCode expected)
    {
        using var project = Project();
        await using var serve = await RunningServe.StartAsync(project);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host.Replace("{port}", serve.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await serve.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    [InlineData("PATCH")]
    public async Task Answers_only_get_and_head(string method)
    {
        using var project = Project();
        await using var serve = await RunningServe.StartAsync(project);

        using var response = await serve.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));
        using var head = await serve.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/assets/site.css"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Concat(response.Headers.TryGetValues("Allow", out var allow) ? allow : []).SelectMany(a => a.Split(", ")).Distinct());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Never_follows_a_symbolic_link_in_the_served_folder()
    {
        using var project = Project();
        var secret = project.PathOf("secret.txt");
        File.WriteAllText(secret, "SECRET");
        Directory.CreateDirectory(project.PathOf("secrets"));
        File.WriteAllText(project.PathOf("secrets/key.txt"), "SECRET");
        await using var serve = await RunningServe.StartAsync(project);
        var served = Directory.GetDirectories(project.Root, ".output.serving-*").Single();
        File.CreateSymbolicLink(Path.Combine(served, "assets", "secret.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(served, "linked"), project.PathOf("secrets"));

        var file = await serve.Client.GetAsync("/assets/secret.txt");
        var folder = await serve.Client.GetAsync("/linked/key.txt");

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, folder.StatusCode);
        Assert.DoesNotContain("SECRET", await file.Content.ReadAsStringAsync() + await folder.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_input_has_an_error_output_keeps_the_last_good_build()
    {
        using var project = Project();
        await using var serve = await RunningServe.StartAsync(project);
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Single(f => File.ReadAllText(f).Contains("date: 2020-05-12", StringComparison.Ordinal));
        var url = $"/articles/{Path.GetFileNameWithoutExtension(article)}/";
        var good = project.Snapshot("output");

        File.WriteAllText(article, File.ReadAllText(article).Replace("date: 2020-05-12", "date: 2020-13-45", StringComparison.Ordinal));

        var broken = await Poll(serve, url, page => page.Contains("reader-errors", StringComparison.Ordinal));
        Assert.Contains("must be a date written as YYYY-MM-DD", broken, StringComparison.Ordinal);
        Assert.Equal(good, project.Snapshot("output"));
        Assert.Contains("2020-05-12T00:00:00Z", project.Read("output/feed.xml"), StringComparison.Ordinal);

        File.WriteAllText(article, File.ReadAllText(article).Replace("date: 2020-13-45", "date: 2020-05-13", StringComparison.Ordinal));

        await Poll(serve, url, page => page.Contains("13 May 2020", StringComparison.Ordinal) && !page.Contains("reader-errors", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + Patience;
        while (!project.Read($"output{url}index.html").Contains("13 May 2020", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains("13 May 2020", project.Read($"output{url}index.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(project.PathOf("output/.reader-output")));
    }

    [Fact]
    public async Task A_request_during_rebuilds_always_gets_a_whole_page()
    {
        using var project = Project();
        await using var serve = await RunningServe.StartAsync(project);
        var article = Directory.GetFiles(project.PathOf("input/articles"), "*.md").Order(StringComparer.Ordinal).First();
        var url = $"/articles/{Path.GetFileNameWithoutExtension(article)}/";
        using var stop = new CancellationTokenSource();
        var requests = 0;
        var broken = new List<string>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var path in new[] { url, "/", "/feed.xml", "/search-index/articles/0.json" })
                {
                    var text = await serve.Client.GetStringAsync(path);
                    Interlocked.Increment(ref requests);
                    var whole = path.EndsWith(".xml", StringComparison.Ordinal) ? text.TrimEnd().EndsWith("</feed>", StringComparison.Ordinal)
                        : path.EndsWith(".json", StringComparison.Ordinal) ? text.TrimEnd().EndsWith(']')
                        : text.Contains("</html>", StringComparison.Ordinal);
                    if (!whole)
                    {
                        lock (broken)
                        {
                            broken.Add($"{path}: {text.Length} characters");
                        }
                    }
                }
            }
        })).ToList();

        for (var edit = 0; edit < 12; edit++)
        {
            File.AppendAllText(article, $"\nA paragraph added while serving, number {edit}.\n");
            await Poll(serve, url, page => page.Contains($"number {edit}.", StringComparison.Ordinal));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.True(requests > 100, $"only {requests} requests");
        Assert.Empty(broken);
    }

    [Fact]
    public void A_preview_folder_left_by_a_killed_serve_is_removed_by_the_next_build_or_serve()
    {
        using var project = Project();
        Directory.CreateDirectory(project.PathOf(".output.serving-0123456789ab/articles"));

        var (exit, _, error) = project.Run("build");

        Assert.True(exit == 0, error);
        Assert.Empty(Directory.GetDirectories(project.Root, ".output.*"));
    }

    private static TempProject Project()
    {
        var project = new TempProject();
        project.CopyTheme();
        project.Write("statiq.json", """{ "Host": "reader.example.org" }""");
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

            await Task.Delay(50);
        }
    }
}
