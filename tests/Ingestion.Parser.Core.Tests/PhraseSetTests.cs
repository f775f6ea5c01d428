using System.Buffers;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// <see cref="PhraseSet"/> searches its phrases in groups; it must answer as one search of them all would.
/// </summary>
public class PhraseSetTests
{
    // More than one group of ASCII phrases, and phrases with other characters, which go to a search of their own.
    private static readonly string[] Phrases =
    [
        "all rights reserved", "terms of use", "privacy policy", "sign up for our", "our newsletter", "in your inbox", "stay up to date",
        "may be republished", "best viewed in", "folgen sie uns", "kostenlosen artikel", "writers and cartoonists", "free articles remaining",
        "tous droits réservés", "mis à jour", "réagir", "ours",
    ];

    private static readonly SearchValues<string> OneSearch = SearchValues.Create(Phrases, StringComparison.OrdinalIgnoreCase);

    private readonly PhraseSet _set = new(Phrases);

    public static TheoryData<string> Texts =>
    [
        "",
        "ours",
        "The council met on Tuesday and voted to close the library for the summer.",
        "Terms of Use | Privacy Policy | Contact",
        "Sign up for our newsletter to get the day's news in your inbox.",
        "Copyright 2013 The Sentinel. ALL RIGHTS RESERVED.",
        "© Le Courrier du Lac 2013. Tous droits réservés",
        "Publié le 24/09/2013, mis à jour à 14h05. Réagir",
        "Folgen Sie uns auf Twitter: kostenlosen Artikel",
        "Yours truly, a reader who reads in your inbox and best viewed in Firefox",
        // Under ordinal ignore-case rules the Turkish dotless ı matches i.
        "Sıgn up for our list",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_the_first_phrase_where_one_search_of_them_all_does(string text) =>
        Assert.Equal(text.AsSpan().IndexOfAny(OneSearch), _set.IndexIn(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Says_whether_a_phrase_is_there_as_one_search_does(string text) =>
        Assert.Equal(text.AsSpan().ContainsAny(OneSearch), _set.FoundIn(text));

    [Fact]
    public void Gives_the_earliest_start_when_phrases_of_different_groups_match()
    {
        // "réagir" (its own group) starts before "terms of use" (the first ASCII group), which starts before "folgen sie uns".
        const string text = "Réagir · Terms of Use · Folgen Sie uns";

        Assert.Equal(0, _set.IndexIn(text));
        Assert.Equal(8, _set.IndexIn(text.AsSpan(1)));
    }
}
