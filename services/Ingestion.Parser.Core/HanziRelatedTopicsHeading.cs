namespace Ingestion.Parser.Core;

/// <summary>
/// "相关新闻话题" ("related news topics") over a box of links to the site's topic pages: Chinese pages head the story's
/// topic row with a heading that names it "related … topics", without the colon an English label keeps
/// (<see cref="HeadingTagLabelOverLinkBox"/>). "热门话题" ("hot topics") is the site's trending box and is no such heading.
/// </summary>
internal static class HanziRelatedTopicsHeading
{
    private const int LongestHeading = 8;

    public static bool Is(ReadOnlySpan<char> heading)
    {
        if (heading.Length > LongestHeading || !(heading.StartsWith("相关") || heading.StartsWith("相關"))
            || !(heading.EndsWith("话题") || heading.EndsWith("話題")))
        {
            return false;
        }

        foreach (var c in heading)
        {
            if (!IdeographicWords.IsIdeographOrKana(c))
            {
                return false;
            }
        }

        return true;
    }
}
