namespace Ingestion.Parser.Core;

/// <summary>
/// "Read More Comments" / "Get Free E-mail Alerts on These Topics" / "Syria" / "Chemical Warfare" / "© 2013 …": a
/// broadsheet prints the article's topics under its comment thread, right above the page's footer. A tag label opening
/// the thread's last block, over its tags one per line down to the block's end, names the article's tags, not a comment.
/// </summary>
internal static class TagsUnderThread
{
    /// <summary>How many tags a topics list under the thread holds at most.</summary>
    private const int MaxTags = 20;

    /// <summary>The tags of the block closing the comment section, or an empty list when that block is no tag list.</summary>
    public static List<string> Read(PageLines lines, CommentSection section)
    {
        if (!section.Exists)
        {
            return [];
        }

        var last = section.End - 1;
        while (last > section.Start && lines[last].IsBlank)
        {
            last--;
        }

        // The label opens the block; a scraper printing no blank lines runs the thread on into it, so the label is looked
        // for upwards from the block's end, a few tags' reach at most.
        var label = last;
        while (label > section.Start && !lines[label - 1].IsBlank && last - label < MaxTags && TagLineParser.TryRead(lines[label].Text) is not { Count: 0 })
        {
            label--;
        }

        if (label <= section.Start || label == last || TagLineParser.TryRead(lines[label].Text) is not { Count: 0 })
        {
            return [];
        }

        var tags = TagLabelList.ReadOnePerLine(lines, label + 1);
        return tags.Count == last - label ? tags : [];
    }
}
