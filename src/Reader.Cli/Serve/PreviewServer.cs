using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Reader.Cli.Serve;

/// <summary>
/// Serves the output folder on 127.0.0.1 under <c>LinkRoot</c> with Kestrel, as a static host would
/// (a folder serves its index.html, anything unknown the site's 404.html with status 404), plus the
/// live-reload script and event stream under <c>{LinkRoot}/_reader/</c>. Nothing is cached.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;
    private readonly PreviewState _state;
    private readonly LiveReload _reload;

    private PreviewServer(WebApplication app, PreviewState state, LiveReload reload, int port)
    {
        _app = app;
        _state = state;
        _reload = reload;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The site's home page, e.g. http://127.0.0.1:5080/reader/.</summary>
    public string Url => $"http://127.0.0.1:{Port}{_state.LinkRoot}/";

    /// <summary>Binds and starts serving; throws an <see cref="IOException"/> when the port is taken (see <see cref="IsPortInUse"/>).</summary>
    public static async Task<PreviewServer> StartAsync(PreviewState state, LiveReload reload, int port, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, state, reload, port);
        app.Run(server.Handle);
        try
        {
            await app.StartAsync(cancel);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return server;
    }

    public static bool IsPortInUse(Exception e) => e is AddressInUseException || e.InnerException is AddressInUseException;

    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Handle(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";

        // A page on another site can make a browser send requests here under its own name (DNS rebinding): only
        // the names of this machine and the site's own host are answered.
        if (!IsAllowedHost(http.Request.Host))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Text(http, "text/plain; charset=utf-8", $"400: this preview answers only to localhost, 127.0.0.1, [::1] and {_state.Host}\n");
            return;
        }

        // The preview only reads.
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "GET, HEAD";
            await Text(http, "text/plain; charset=utf-8", "405: the preview answers only GET and HEAD\n");
            return;
        }

        var root = _state.LinkRoot;
        var path = http.Request.Path.Value ?? "/";
        if (root.Length > 0 && path == root)
        {
            http.Response.Redirect(root + "/" + http.Request.QueryString);
            return;
        }

        if (!path.StartsWith(root + "/", StringComparison.Ordinal))
        {
            await NotFound(http);
            return;
        }

        var local = path[root.Length..];
        switch (local)
        {
            case LiveReloadAssets.Folder + "live.js":
                await Text(http, "text/javascript; charset=utf-8", LiveReloadAssets.Script);
                return;
            case LiveReloadAssets.Folder + "live.css":
                await Text(http, "text/css; charset=utf-8", LiveReloadAssets.Stylesheet);
                return;
            case LiveReloadAssets.Folder + "events":
                await _reload.StreamAsync(http, _state.Build, _app.Lifetime.ApplicationStopping);
                return;
        }

        // Hidden files (a write in progress, ".git") are not part of the site.
        if (local.Split('/').Any(segment => segment.StartsWith('.')))
        {
            await NotFound(http);
            return;
        }

        var file = Path.GetFullPath(Path.Combine(_state.OutputDirectory, local.TrimStart('/')));
        if (!file.StartsWith(_state.OutputDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file != _state.OutputDirectory)
        {
            await NotFound(http);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!local.EndsWith('/'))
            {
                http.Response.Redirect(path + "/" + http.Request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file) || ThroughLink(file) || !await Send(http, file))
        {
            await NotFound(http);
        }
    }

    /// <summary>The loopback names, with no port or this server's, and the site's configured host.</summary>
    private bool IsAllowedHost(HostString host)
    {
        if (!host.HasValue || host.Port is { } port && port != Port)
        {
            return false;
        }

        var name = host.Host;
        return name is "localhost" or "127.0.0.1" or "[::1]"
            || name.Equals(_state.Host.Split(':')[0], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the file, or a folder between it and the served folder, is a symbolic link: never followed.</summary>
    private bool ThroughLink(string file)
    {
        for (var path = file; path.Length > _state.OutputDirectory.Length; path = Path.GetDirectoryName(path)!)
        {
            if (File.ResolveLinkTarget(path, returnFinalTarget: false) is not null || Directory.ResolveLinkTarget(path, returnFinalTarget: false) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private async Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = Path.Combine(_state.OutputDirectory, "404.html");
        if (!File.Exists(page) || !await Send(http, page))
        {
            await Text(http, "text/plain; charset=utf-8", "404: not found (and the site has no 404.html yet)\n");
        }
    }

    /// <summary>
    /// Sends a file read whole into memory first: files are replaced by a rename during rebuilds, so an open file is
    /// always a whole old or new version; false when it went away before it could be opened.
    /// </summary>
    private async Task<bool> Send(HttpContext http, string file)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, http.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }

        if (file.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            var notes = _state.InputDirectory is { } input
                ? EditorNotes.For(input, Path.GetRelativePath(_state.OutputDirectory, file).Replace(Path.DirectorySeparatorChar, '/'))
                : [];
            await Text(http, "text/html; charset=utf-8", PageInjector.Inject(html, _state.LinkRoot, _state.Build, _state.Errors, notes));
            return true;
        }

        http.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }

        return true;
    }

    private static async Task Text(HttpContext http, string contentType, string text)
    {
        http.Response.ContentType = contentType;
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }
}
