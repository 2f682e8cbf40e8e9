using Reader.Ingest.Html;
using Reader.Ingest.Text;

namespace Reader.Ingest.Blocks;

/// <summary>The trained block classifiers, read once from <c>Data/</c>.</summary>
public static class BlockModels
{
    private static readonly Lazy<BlockClassifier> LazyDump = new(() => BlockClassifier.Read("dump-block-model.txt", DumpBlockFeatures.Names));
    private static readonly Lazy<BlockClassifier> LazyHtml = new(() => BlockClassifier.Read("html-block-model.txt", HtmlBlockFeatures.Names));

    public static BlockClassifier Dump => LazyDump.Value;

    public static BlockClassifier Html => LazyHtml.Value;
}
