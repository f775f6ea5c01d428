namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;ul class="tags"&gt;&lt;li itemprop="keywords"&gt;&lt;a&gt;wind farm&lt;/a&gt;&lt;/li&gt;&lt;li itemprop="keywords"&gt;&lt;a&gt;planning&lt;/a&gt;&lt;/li&gt;…":
/// a CMS (Joomla 3's tag list) marks each tag as a keywords property of its own, where others give one
/// "&lt;meta itemprop="keywords" content="a, b, c"&gt;". Every marked value is read, each split as a tag line, in page order.
/// </summary>
internal static class MicrodataKeywordItems
{
    public static List<string> Tags(IEnumerable<string?> values)
    {
        var tags = new List<string>();
        foreach (var value in values)
        {
            if (value is not { Length: > 0 })
            {
                continue;
            }

            foreach (var tag in TagLineParser.Split(value))
            {
                if (!tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }
}
