using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Reader.Cli.Serve;

/// <summary>
/// The server-sent event stream open pages listen to: "hello" with the current build number on connecting
/// (a page built before a reload it missed reloads then), and "reload" after every build.
/// </summary>
public sealed class LiveReload
{
    private readonly ConcurrentDictionary<Channel<int>, byte> _clients = new();

    public int Clients => _clients.Count;

    public void Reload(int build)
    {
        foreach (var client in _clients.Keys)
        {
            client.Writer.TryWrite(build);
        }
    }

    public async Task StreamAsync(HttpContext http, int build, CancellationToken stopping)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.Connection = "keep-alive";
        var client = Channel.CreateUnbounded<int>();
        _clients[client] = 0;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await Send(http, $"retry: 1000\nevent: hello\ndata: {build.ToString(CultureInfo.InvariantCulture)}\n\n", cancel.Token);
            await foreach (var next in client.Reader.ReadAllAsync(cancel.Token))
            {
                await Send(http, $"event: reload\ndata: {next.ToString(CultureInfo.InvariantCulture)}\n\n", cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(client, out _);
        }
    }

    private static async Task Send(HttpContext http, string text, CancellationToken cancel)
    {
        await http.Response.WriteAsync(text, cancel);
        await http.Response.Body.FlushAsync(cancel);
    }
}
