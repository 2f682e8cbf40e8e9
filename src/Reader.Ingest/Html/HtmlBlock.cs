using AngleSharp.Dom;

namespace Reader.Ingest.Html;

/// <summary>
/// A run of text the block classifier judges: the text nodes and inline elements (links, emphasis) that stand together
/// in one block-level element, between its child blocks. A paragraph is one block; a div holding a line of text and
/// then paragraphs is a block of its own text and the paragraphs' blocks.
/// </summary>
/// <param name="Owner">The block-level element the run stands in.</param>
/// <param name="Nodes">The run's nodes, children of <paramref name="Owner"/>, removed together when the block goes.</param>
/// <param name="Text">The run's text, white space collapsed.</param>
/// <param name="LinkLength">How many of the text's characters are inside links.</param>
public sealed record HtmlBlock(IElement Owner, IReadOnlyList<INode> Nodes, string Text, int LinkLength);
