namespace Reader.Browser.Tests;

/// <summary>Debian's Chromium and the npm checkers, and whether this machine has them.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // The flags that let Chromium run headless as root on a machine with no network but loopback.
    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync", "--disable-quic",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static string TestsFolder { get; } = FindTestsFolder();

    public static string AxeScript => Path.Combine(TestsFolder, "node_modules", "axe-core", "axe.min.js");

    public static string HtmlValidate => Path.Combine(TestsFolder, "node_modules", ".bin", "html-validate");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? MissingReason =>
        !IsInstalled ? $"{ExecutablePath} is not installed (apt-get install chromium)"
        : !File.Exists(AxeScript) || !File.Exists(HtmlValidate) ? $"axe-core and html-validate are not installed (npm ci --prefix {TestsFolder})"
        : null;

    private static string FindTestsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Reader.Browser.Tests");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return AppContext.BaseDirectory;
    }
}
