using Microsoft.Playwright;
using Reader.Testing;

namespace Reader.Browser.Tests;

/// <summary>
/// A project written into a temporary folder, built once with the <c>reader build</c> command, served on loopback,
/// with one headless Debian Chromium for all the tests of its collection. Subclasses say what the project holds.
/// </summary>
public abstract class ServedSite(string prefix) : IAsyncLifetime
{
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public string Root { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Output => Path.Combine(Root, "output");

    public string BaseUrl => _server!.BaseUrl;

    public IBrowser Browser { get; private set; } = null!;

    public string BuildLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        WriteProject();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Cli.ReaderApp.Run(["build"], Root, output, error);
        BuildLog = output + error.ToString();
        if (exit != 0)
        {
            throw new InvalidOperationException($"reader build exited {exit}:\n{BuildLog}");
        }

        _server = new StaticSiteServer(Output);
        if (Chromium.MissingReason is null)
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium.ExecutablePath,
                Args = Chromium.Arguments,
                Headless = true,
            });
        }
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        _server?.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    public async Task<IPage> OpenAsync(string path = "/", BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    /// <summary>Writes the project (input, theme, settings) into <see cref="Root"/> before it is built.</summary>
    protected abstract void WriteProject();
}
