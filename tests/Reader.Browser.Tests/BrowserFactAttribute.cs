using System.Runtime.CompilerServices;

namespace Reader.Browser.Tests;

/// <summary>
/// A test that needs Chromium and the npm checkers: skipped, saying why, where they are absent — unless
/// READER_REQUIRE_BROWSER is set (as CI does), where their absence fails the test instead.
/// </summary>
/// <remarks>
/// <c>dotnet test</c> prints a skipped test's name but not its skip reason unless asked for detailed output, so a
/// skipped test also carries the reason in its display name: the normal output then says what to install.
/// </remarks>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        if (Chromium.MissingReason is { } reason && Environment.GetEnvironmentVariable("READER_REQUIRE_BROWSER") is null or "")
        {
            Skip = "Browser test skipped: " + reason;
            DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{test} (skipped: {reason})";
        }
    }
}
