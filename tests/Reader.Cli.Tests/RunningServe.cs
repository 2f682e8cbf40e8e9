using System.Net;
using System.Net.Sockets;

namespace Reader.Cli.Tests;

/// <summary><c>reader serve</c> running in-process on a free port, stopped by cancellation as Ctrl-C would.</summary>
public sealed class RunningServe : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task<int> _run = Task.FromResult(0);

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public int Port { get; private set; }

    private readonly StringWriter _log = new();

    public RunningServe() => Error = TextWriter.Synchronized(_log);

    /// <summary>What serve printed; the synchronized writer locks on itself, so reading under that lock is safe.</summary>
    public string Log
    {
        get
        {
            lock (Error)
            {
                return _log.ToString();
            }
        }
    }

    public TextWriter Error { get; }

    public static async Task<RunningServe> StartAsync(TempProject project, string home = "/")
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var serve = new RunningServe { Port = port };
        serve.Client.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        serve._run = Task.Run(() => ReaderApp.RunAsync(["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], project.Root, TextWriter.Null, serve.Error, serve._stop.Token));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!serve.Log.Contains("serving ", StringComparison.Ordinal))
        {
            Assert.False(serve._run.IsCompleted || DateTime.UtcNow > deadline, $"serve did not start: {serve.Log}");
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.OK, (await serve.Client.GetAsync(home)).StatusCode);
        return serve;
    }

    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        _stop.Dispose();
    }
}
