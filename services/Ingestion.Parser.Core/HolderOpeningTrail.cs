namespace Ingestion.Parser.Core;

/// <summary>
/// "Ferienwelt Tannberg › Magazin › Blog" over the headline, "© 2019 Ferienwelt Tannberg" at the foot: a page whose logo
/// is a picture prints no masthead, so the first name-like line read is a menu item or the quick links' row. A trail
/// whose first crumb, the home link, is the name the copyright line gives shows that name is the site.
/// </summary>
internal static class HolderOpeningTrail
{
    /// <summary>Whether a line above the headline is a trail of crumbs that opens with <paramref name="holder"/>.</summary>
    public static bool Opens(PageLines lines, string holder, int titleIndex)
    {
        for (var i = 0; i < titleIndex; i++)
        {
            var text = lines[i].Text.AsSpan().Trim();
            // "Holder › Section", "Holder > Section", "Holder » Section", "Holder / Section": the home crumb, a spaced mark, more.
            if (text.Length > holder.Length + 3 && text.StartsWith(holder, StringComparison.Ordinal) && text[holder.Length] == ' '
                && text[holder.Length + 1] is '›' or '>' or '»' or '/' && text[holder.Length + 2] == ' ')
            {
                return true;
            }
        }

        return false;
    }
}
