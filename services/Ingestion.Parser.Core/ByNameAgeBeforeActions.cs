namespace Ingestion.Parser.Core;

/// <summary>
/// "by RiverCityTitan 2 days ago reply actions", "by Seagull Steve 3 hours ago  reply  rec  flag": a signature whose
/// plugin prints the comment's age where a paper's system prints " on DATE", and the comment's buttons after it. The
/// name is what stands before the age.
/// </summary>
internal static class ByNameAgeBeforeActions
{
    /// <param name="core">The signature after its "by " label.</param>
    public static bool TryRead(string core, out string name, out PageTime? time)
    {
        name = string.Empty;
        time = null;
        // Only a line ending in buttons after an age: the " ago" is looked for before anything is cut.
        if (core.Length > 120 || core.IndexOf(" ago ", StringComparison.Ordinal) is not (> 0 and var ago))
        {
            return false;
        }

        var unbuttoned = CommentLine.WithoutTrailingActions(core.AsSpan());
        if (unbuttoned.Length != ago + " ago".Length)
        {
            return false;
        }

        // The age is a count or "a"/"an", a unit and "ago": the two words before "ago".
        var beforeAgo = unbuttoned[..ago];
        var unitStart = beforeAgo.LastIndexOf(' ');
        var countStart = unitStart > 0 ? beforeAgo[..unitStart].LastIndexOf(' ') : -1;
        if (countStart <= 0 || !DateLineParser.TryParseLine(unbuttoned[(countStart + 1)..], out var parsed) || !parsed.Relative)
        {
            return false;
        }

        var before = unbuttoned[..countStart].Trim();
        if (!Words.LooksLikeName(before))
        {
            return false;
        }

        name = Whitespace.Collapse(before);
        time = parsed;
        return true;
    }
}
