using Reader.Ingest.Rules;

namespace Reader.Ingest;

/// <summary>The cleaning rules in the order they run. Later rules see only what earlier ones kept.</summary>
public static class CleaningPipeline
{
    public static IReadOnlyList<ICleaningRule> Rules { get; } =
    [
        // Line-level chrome first, so "is this prose?" questions below see only candidate text.
        new RemoveRenderDebugLines(),
        new RemoveWidgetLines(),
        new RemoveCookieNotices(),
        new RemoveSaveToServiceDialogs(),
        new RemoveBoilerplateParagraphs(),

        // Before menus and the body are located: teasers under "Related Articles" are prose that would stretch the body.
        new RemoveRelatedLists(),
        new RemoveCommentSections(),
        new RemoveFooter(),

        // Menus before breadcrumbs and titles: their entries become the navigation terms those rules check.
        new RemoveNavigationMenus(),
        new RemoveBreadcrumbs(),
        new RemoveLinkLists(),
        new RemoveSiteNameLines(),

        // Metadata lines above the body, before the title is picked so none of them is mistaken for it.
        new ExtractInfoBlock(),
        new ExtractPublicationLine(),
        new ExtractAffiliationBlocks(),
        new ExtractByline(),
        new ExtractDateLines(),
        new ExtractTitle(),
        new RemoveHeaderBeforeTitle(),

        // After every metadata rule, so the byline and date lines it stops at are already known and removed.
        new RemoveHeaderBeforeBody(),

        // Author box before tag clouds: both are short bullet runs below the body, the box carries metadata.
        new ExtractAuthorBox(),
        new ExtractAuthorBio(),
        new RemoveTrailingTagClouds(),
        new RemovePostMetaLines(),

        // Last: with tags, bios and credits gone, a list of titles is the final thing under the body.
        new RemoveTrailingLinkLists(),
    ];
}
