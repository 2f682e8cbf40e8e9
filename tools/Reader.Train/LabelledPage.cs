namespace Reader.Train;

/// <summary>One development page cut into blocks: each block's text, its features and its label (1 article, 0 boilerplate, null unknown).</summary>
/// <param name="Classes">Each block's class and id words (HTML); empty for text dumps.</param>
/// <param name="Weight">How much the page's blocks count in training.</param>
/// <param name="LabelWeights">How much each block's label counts beside the page's weight (a label inferred from the HTML counts less than a marked passage); null for all alike.</param>
/// <param name="IsFixture">A page written for the project's tests or one of its seeds: trained on, never scored.</param>
internal sealed record LabelledPage(string Id, string[] Texts, string[][] Classes, double[][] Features, int?[] Labels, double Weight = 1, bool IsFixture = false, double[]? LabelWeights = null);
