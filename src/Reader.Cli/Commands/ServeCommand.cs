using System.CommandLine;
using System.Runtime.InteropServices;
using System.Threading.Channels;
using Reader.Cli.Serve;
using Reader.Site;

namespace Reader.Cli.Commands;

/// <summary>
/// <c>reader serve</c>: builds a preview and serves it on 127.0.0.1, rebuilds what each saved change affects, copies
/// each build without errors on to <c>output/</c> (<see cref="PublishedOutput"/>) and reloads open pages, until Ctrl-C
/// (or SIGTERM, or the cancellation a test passes in).
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    private static readonly TimeSpan IdleBeforeCollecting = TimeSpan.FromSeconds(1);

    private static readonly Option<int> Port = new("--port", "-p")
    {
        Description = $"Port to serve on, on 127.0.0.1 only (default: {DefaultPort})",
        DefaultValueFactory = _ => DefaultPort,
        CustomParser = ParsePort,
    };

    public static Command Create(TextWriter output, TextWriter error, string workingDirectory)
    {
        var command = new Command("serve", $"Build and serve a preview on http://127.0.0.1:{DefaultPort}, rebuild on every change to seeds/, input/, theme/ or statiq.json, and reload open pages; output/ gets each build without errors")
        {
            Port, CommonOptions.Seeds, CommonOptions.Input, CommonOptions.Output,
        };
        command.SetAction((parse, cancel) => CommandContext.Open(parse, workingDirectory, output, error) is { } context ? Run(context, cancel) : Task.FromResult(ExitCodes.UsageErrors));
        return command;
    }

    // Worded here so that "--port abc" says what a port is rather than naming a .NET type.
    private static int ParsePort(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
        {
            return port;
        }

        result.AddError($"--port must be a whole number from 1 to 65535, found '{text}'");
        return DefaultPort;
    }

    private static async Task<int> Run(CommandContext context, CancellationToken cancel)
    {
        var port = context.Parse.GetValue(Port);
        if (port is < 1 or > 65535)
        {
            context.Terminal.Error.WriteLine($"error: --port must be between 1 and 65535, found {port}");
            return ExitCodes.UsageErrors;
        }

        if (!context.HasInput() || !context.CanWriteOutput())
        {
            return ExitCodes.UsageErrors;
        }

        using var held = context.Lock("serve");
        if (held is null)
        {
            return ExitCodes.Busy;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        using var published = new PublishedOutput(context.OutputDirectory);
        var state = new PreviewState(published.Preview, new SiteUrls(context.Settings).Root, context.Settings.Host, context.InputDirectory);
        var reload = new LiveReload();
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(state, reload, port, stop.Token);
        }
        catch (IOException e) when (PreviewServer.IsPortInUse(e))
        {
            context.Terminal.Error.WriteLine($"error: port {port} is in use; try --port {port + 1}");
            return ExitCodes.UsageErrors;
        }

        await using (server)
        {
            var rebuilder = new SiteRebuilder(context, state, reload, published);
            rebuilder.BuildFirst();
            using var watcher = new SourceWatcher(
                [(SourceKind.Seeds, context.SeedsDirectory), (SourceKind.Input, context.InputDirectory), (SourceKind.Theme, context.ThemeDirectory)],
                context.Project.Resolve(Settings.SettingsLoader.FileName));
            context.Terminal.Info($"serving a preview at {server.Url} ({context.Project.Relative(context.OutputDirectory)}/ gets each build without errors), watching {string.Join(", ", watcher.Watched.Select(context.Project.Relative))} and statiq.json; Ctrl-C stops");
            try
            {
                await RebuildOnChanges(watcher.Changes, rebuilder, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C, SIGTERM or the caller's cancellation: stop cleanly.
            }
        }

        context.Terminal.Info("serve: stopped");
        return ExitCodes.Ok;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>
    /// Rebuilds on each burst of changes. A rebuild leaves its garbage behind; it is collected once the preview has
    /// been quiet for <see cref="IdleBeforeCollecting"/>, so that neither the next rebuild nor the reader waits for
    /// it, and room is made for the next rebuild to run without a collection (<see cref="RebuildHeap"/>).
    /// </summary>
    private static async Task RebuildOnChanges(ChannelReader<SourceChanges> changes, SiteRebuilder rebuilder, CancellationToken stop)
    {
        var heap = new RebuildHeap();
        var collected = false;
        while (true)
        {
            if (!collected && !await ChangedWithin(changes, IdleBeforeCollecting, stop))
            {
                heap.Idle();
                collected = true;
                continue;
            }

            if (!await changes.WaitToReadAsync(stop))
            {
                return;
            }

            while (changes.TryRead(out var change))
            {
                heap.Measure(() => rebuilder.Rebuild(change));
                collected = false;
            }
        }
    }

    private static async Task<bool> ChangedWithin(ChannelReader<SourceChanges> changes, TimeSpan wait, CancellationToken stop)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(wait);
        try
        {
            return await changes.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
