namespace Ingestion.Parser.Core;

/// <summary>
/// "Also on The Beacon Post" / "Rouhani Says Iran Wants Nuclear Talks 'Within A Short Period Of Time'" / "LOOK: World
/// Leaders Arrive At The UN": a heading that ends the article over links to the site's other stories, right under it.
/// What the page prints under the links (a tag line, the comments) belongs to the article again.
/// </summary>
internal static class FooterLinkList
{
    /// <summary>The last link under a related-links heading, or the heading itself when it heads no links.</summary>
    public static int LastLink(PageLines lines, int heading)
    {
        if (heading < 0 || heading >= lines.Count || !BoilerplateFilter.IsRelatedHeading(lines[heading].Text))
        {
            return heading;
        }

        var last = heading;
        while (last + 1 < lines.Count && IsLink(lines, last + 1))
        {
            last++;
        }

        return last;
    }

    private static bool IsLink(PageLines lines, int index)
    {
        var text = lines[index].Text;
        return !lines[index].IsBlank && BoilerplateFilter.LooksLikeLinkText(text) && TagLineParser.TryRead(text) is null
            && lines.HeadingKind(index) == CommentHeadings.Kind.None && !lines.IsBoilerplate(index);
    }
}
