namespace Ingestion.Parser.Core;

/// <summary>
/// "Hannah VossBlockedUnblockFollowFollowing" (w3m) and "Hannah Voss (BUTTON) BlockedUnblock (BUTTON) FollowFollowing"
/// (lynx): a blogging platform's writer line, its block and follow buttons (each printed in both its states) run on after
/// the writer's name. The name alone is the line's text; without this the name is unreadable in w3m's copy and lost
/// with lynx's buttons.
/// </summary>
internal static class FollowButtonsAfterName
{
    private static readonly WordSet ButtonWords = new("follow", "following", "unfollow", "block", "blocked", "unblock");

    private const string LynxButton = "(BUTTON)";

    /// <summary>A name line is short: a long line with a button is a form's or a toolbar's.</summary>
    private const int MaxLineLength = 100;

    /// <summary>The writer's name before the buttons, or null when the line is not a name with follow buttons after it.</summary>
    public static string? Name(string text)
    {
        if (text.Length > MaxLineLength)
        {
            return null;
        }

        var name = text.IndexOf(LynxButton, StringComparison.Ordinal) is > 0 and var button
            ? (AreButtons(text.AsSpan(button)) ? text.AsSpan(0, button) : default)
            : BeforeGluedButtons(text);
        name = name.Trim();
        return name.Length > 0 && Words.LooksLikePersonName(name) && !IsRunTogether(name) ? name.ToString() : null;
    }

    /// <summary>"The Ledger DailyEconomyMarkets": a top bar's links run together, no name; "McKay" and "MacLeod" are names.</summary>
    private static bool IsRunTogether(ReadOnlySpan<char> name)
    {
        for (var i = 1; i < name.Length; i++)
        {
            if (Words.IsGlueSeam(name, i) && !name[..i].EndsWith("Mc", StringComparison.Ordinal) && !name[..i].EndsWith("Mac", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"(BUTTON) BlockedUnblock (BUTTON) FollowFollowing": nothing but lynx's markers and button words.</summary>
    private static bool AreButtons(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty || word.SequenceEqual(LynxButton))
            {
                continue;
            }

            if (!IsButtons(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The line up to the first seam of its last word after which all is button words ("Voss|BlockedUnblock…").</summary>
    private static ReadOnlySpan<char> BeforeGluedButtons(string text)
    {
        var lastWord = text.LastIndexOf(' ') + 1;
        for (var i = lastWord + 1; i < text.Length; i++)
        {
            if (Words.IsGlueSeam(text, i) && IsButtons(text.AsSpan(i)))
            {
                return text.AsSpan(0, i);
            }
        }

        return default;
    }

    private static bool IsButtons(ReadOnlySpan<char> word) => ButtonWords.Contains(word) || ButtonWords.ContainsEachGlued(word, "");
}
