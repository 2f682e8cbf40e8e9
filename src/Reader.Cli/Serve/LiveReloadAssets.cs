namespace Reader.Cli.Serve;

/// <summary>
/// The two files the preview adds under <c>{LinkRoot}/_reader/</c>: external, so a page's Content-Security-Policy
/// need not allow inline code. Never written to the output folder.
/// </summary>
public static class LiveReloadAssets
{
    public const string Folder = "/_reader/";

    // EventSource reconnects by itself; "hello" carries the build the server is at after a reconnect.
    public const string Script = """
        (function () {
          var me = document.currentScript, build = me.getAttribute("data-build");
          var events = new EventSource(me.getAttribute("data-events"));
          events.addEventListener("hello", function (e) { if (e.data !== build) location.reload(); });
          events.addEventListener("reload", function () { location.reload(); });
        })();

        """;

    public const string Stylesheet = """
        .reader-errors { position: fixed; inset: auto 0 0 0; z-index: 2147483647; max-height: 60vh; overflow: auto; margin: 0;
          padding: 1rem 1.25rem; background: #2b0b0b; color: #ffe9e9; border-top: 4px solid #e5484d;
          font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .reader-errors h2 { margin: 0 0 .5rem; font: inherit; font-weight: bold; }
        .reader-errors ul { margin: 0; padding: 0; list-style: none; }
        .reader-errors li { white-space: pre-wrap; margin: .25rem 0; }
        .reader-note { position: sticky; top: 0; z-index: 2147483646; margin: 0; padding: .6rem 1.25rem; background: #fff4c2;
          color: #3a2c00; border-bottom: 3px solid #d9a400; font: 14px/1.5 system-ui, sans-serif; }
        .reader-note p { margin: 0; max-width: 72rem; }

        """;
}
