namespace Reader.Cli.Tests;

public sealed class ReliabilityTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_intact()
    {
        using var project = BuiltProject();
        var before = project.Snapshot("output");
        project.Write("input/articles/broken.md", "---\ntitle: Broken\nthemes: [no-such-theme]\n---\n");

        var (exit, _, error) = project.Run("build");

        Assert.Equal(1, exit);
        Assert.Contains("build failed: output/ was left as it was", error);
        Assert.Contains("files) made and thrown away, 0 warnings, 1 error", error);
        Assert.Equal(before, project.Snapshot("output"));
        Assert.Empty(Directory.GetDirectories(project.Root, ".output.*"));
    }

    [Fact]
    public void A_killed_build_never_leaves_a_half_written_site()
    {
        using var project = new TempProject(withSeeds: false);
        project.CopyTheme();
        ReaderProcess.WriteCorpus(project.PathOf("input"), 150);
        Assert.Equal(0, ReaderProcess.Run(project.Root, null, "build", "-q").Exit);
        var old = project.Snapshot("output");

        File.AppendAllText(project.PathOf("input/articles/a-0000.md"), "\nA sentence added after the first build.\n");
        Assert.Equal(0, ReaderProcess.Run(project.Root, null, "build", "-q", "--output", "expected").Exit);
        var complete = Rebase(project.Snapshot("expected"), "expected");

        var random = new Random(11);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var build = ReaderProcess.Start(project.Root, null, "build", "-q");
            Thread.Sleep(random.Next(100, 2500));
            build.Kill(entireProcessTree: true);
            build.WaitForExit();

            var now = project.Snapshot("output");
            Assert.True(Same(now, old) || Same(now, complete), $"attempt {attempt}: output/ is neither the old site nor the new one");
            if (Same(now, complete))
            {
                break;
            }
        }

        Assert.Equal(0, ReaderProcess.Run(project.Root, null, "build", "-q").Exit);
        Assert.True(Same(project.Snapshot("output"), complete));
        Assert.Empty(Directory.GetDirectories(project.Root, ".output.*"));
    }

    [Fact]
    public void A_second_reader_process_on_the_same_project_stops_with_a_clear_message()
    {
        using var project = new TempProject();
        using var first = ProjectLock.TryAcquire(project.Root, "build", out _);
        Assert.NotNull(first);

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.Contains($".reader.lock: error: another reader process (pid {Environment.ProcessId}, reader build) is working on this project (wait for it to finish", error);
        Assert.False(Directory.Exists(project.PathOf("input/articles")));
    }

    [Fact]
    public void The_lock_message_names_a_holder_in_another_process()
    {
        using var project = new TempProject(withSeeds: false);
        project.CopyTheme();
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        listener.Stop();
        using var serve = ReaderProcess.Start(project.Root, null, "serve", "--port", port);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(project.PathOf(ProjectLock.OwnerFileName)) && DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }

            var (exit, _, error) = project.Run("build");

            Assert.Equal(ExitCodes.Busy, exit);
            Assert.Contains($"another reader process (pid {serve.Id}, reader serve) is working on this project", error);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    [Fact]
    public void A_note_left_by_a_process_that_has_gone_is_not_shown()
    {
        using var project = new TempProject(withSeeds: false);
        project.Write(ProjectLock.OwnerFileName, "2147483646 build\n");
        using var first = ProjectLock.TryAcquire(project.Root, "serve", out _);
        File.WriteAllText(project.PathOf(ProjectLock.OwnerFileName), "2147483646 build\n");

        var (exit, _, error) = project.Run("ingest");

        Assert.Equal(ExitCodes.Busy, exit);
        Assert.Contains(".reader.lock: error: another reader process is working on this project", error);
    }

    [Fact]
    public void The_same_input_builds_byte_identical_whatever_the_locale_time_zone_or_file_order()
    {
        using var project = new TempProject();
        project.CopyTheme();
        Assert.Equal(0, project.Run("ingest").Exit);
        CopyInReverseOrder(project.PathOf("input"), project.PathOf("input-reversed"));

        var runs = new (string Output, string Input, Dictionary<string, string> Environment)[]
        {
            ("out-a", "input", new() { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8", ["TZ"] = "UTC" }),
            ("out-b", "input", new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Asia/Tokyo" }),
            ("out-c", "input-reversed", new() { ["LANG"] = "ar_SA.UTF-8", ["LC_ALL"] = "ar_SA.UTF-8", ["TZ"] = "America/Los_Angeles", ["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false" }),
        };
        foreach (var (output, input, environment) in runs)
        {
            var (exit, log) = ReaderProcess.Run(project.Root, environment, "build", "-q", "--seeds", "no-seeds", "--input", input, "--output", output);
            Assert.True(exit == 0, log);
        }

        var reference = Rebase(project.Snapshot("out-a"), "out-a");
        Assert.Equal(reference, Rebase(project.Snapshot("out-b"), "out-b"));
        Assert.Equal(reference, Rebase(project.Snapshot("out-c"), "out-c"));
    }

    [Fact]
    public void Slugs_and_output_are_byte_identical_without_ICU()
    {
        using var project = new TempProject();
        project.CopyTheme();
        Assert.Equal(0, project.Run("ingest").Exit);
        var titles = new[]
        {
            "Shinzō Abe and the Kuril Islands", "Экономические факторы", "ロシアと日本", "ｶﾞｲｺｳ ﾆｭｰｽ", "Ｒｕｓｓｉａ ａｎｄ Ｊａｐａｎ",
            "Straße, Łódź und Ærø", "Đặng Thị Ngọc Thịnh", "ﬁnance ① ² Ⅻ", "Ёлка и йод", "и\u0306 decomposed", "か\u3099く decomposed",
            "İstanbul Ελλάδα 한국", "𝐌𝐚𝐭𝐡 bold",
        };
        for (var i = 0; i < titles.Length; i++)
        {
            project.Write($"input/articles/extra-{i}.md",
                $"---\ntitle: {Content.YamlText.Scalar(titles[i])}\nauthors: [{Content.YamlText.Scalar(titles[(i + 1) % titles.Length].Split(' ')[0] + " Ōta")}]\ndate: 2021-0{1 + (i % 9)}-1{i % 10}\nthemes: [china-factor]\n---\n\n## {titles[i]}\n\n{string.Join(' ', titles)} Ｆｕｌｌｗｉｄｔｈ ｶﾀｶﾅ Шинзо.\n");
        }

        foreach (var (output, environment) in new[] { ("out-icu", new Dictionary<string, string>()), ("out-invariant", new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }) })
        {
            var (exit, log) = ReaderProcess.Run(project.Root, environment, "build", "-q", "--seeds", "no-seeds", "--output", output);
            Assert.True(exit == 0, log);
        }

        var icu = Rebase(project.Snapshot("out-icu"), "out-icu");
        Assert.Equal(icu, Rebase(project.Snapshot("out-invariant"), "out-invariant"));
        Assert.True(File.Exists(project.PathOf("out-icu/authors/shinzo-ota/index.html")));
        Assert.True(File.Exists(project.PathOf("out-icu/authors/ekonomicheskie-ota/index.html")));
        Assert.True(File.Exists(project.PathOf("out-icu/authors/gaikou-ota/index.html")));
        Assert.Contains("id=\"shinzo-abe-and-the-kuril-islands\"", project.Read("out-icu/articles/extra-0/index.html"));

        // Files ingest and 'reader new' name are slugs too.
        var invariant = new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" };
        Assert.Equal(0, ReaderProcess.Run(project.Root, invariant, "new", "article", "Shinzō Abe ｶﾞｲｺｳ").Exit);
        Assert.True(File.Exists(project.PathOf("input/articles/shinzo-abe-gaikou.md")));
    }

    private static TempProject BuiltProject()
    {
        var project = new TempProject();
        project.CopyTheme();
        Assert.Equal(0, project.Run("build").Exit);
        return project;
    }

    private static Dictionary<string, string> Rebase(Dictionary<string, string> snapshot, string folder) =>
        snapshot.ToDictionary(kv => "output" + kv.Key[folder.Length..], kv => kv.Value);

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private static void CopyInReverseOrder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
