namespace Ingestion.Parser.Core;

/// <summary>
/// "Find us: Twitter / Facebook / Instagram / TikTok", "Social: Facebook | Instagram": a show's or a site's label over
/// its links to the social networks, printed as one line under the text. The label is a few words closing on a colon;
/// what follows is nothing but network names, two at least, split by slashes, bars or commas. A sentence that names
/// networks ("Find us: we post daily on Instagram") has other words among them.
/// Cost: a length check and a colon search a line; a split of the short rest on a candidate.
/// </summary>
internal static class LabelledNetworkRow
{
    private const int MaxLength = 120;
    private const int MaxLabelLength = 24;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var colon = text.IndexOf(':');
        if (colon is < 1 or > MaxLabelLength || Words.Count(text[..colon]) > 3)
        {
            return false;
        }

        var rest = text[(colon + 1)..].Trim();
        var networks = 0;
        while (!rest.IsEmpty)
        {
            var cut = rest.IndexOfAny('/', '|', ',');
            var part = (cut < 0 ? rest : rest[..cut]).Trim();
            if (!SocialNetworkIcon.IsNetworkName(part))
            {
                return false;
            }

            networks++;
            rest = cut < 0 ? [] : rest[(cut + 1)..];
        }

        return networks >= 2;
    }
}
