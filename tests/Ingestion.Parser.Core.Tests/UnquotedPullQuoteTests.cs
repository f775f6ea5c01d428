using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class UnquotedPullQuoteTests
{
    private static readonly string[] Column =
    [
        "Washington has spent the week acting as if the country's attention were fixed on the Capitol.",
        "For the rest, the general election is a formality. The only race that can end a career is the primary, and the only way to lose one is to be outflanked.",
        "The only race that can end a career is the primary.",
        "This is not new. What is new is the speed with which a primary threat can be organized.",
    ];

    [Fact]
    public void A_sentence_lifted_from_a_longer_paragraph_is_a_pull_quote() => Assert.True(UnquotedPullQuote.Is(Column, 2));

    [Fact]
    public void The_paragraph_it_was_lifted_from_stays() => Assert.False(UnquotedPullQuote.Is(Column, 1));

    [Fact]
    public void The_first_paragraph_is_never_one() =>
        Assert.False(UnquotedPullQuote.Is(["The council approved the budget on Tuesday.", "The council approved the budget on Tuesday, after a four-hour debate."], 0));

    [Fact]
    public void A_sentence_printed_nowhere_else_stays() => Assert.False(UnquotedPullQuote.Is(Column, 3));

    [Fact]
    public void A_crosshead_whose_words_the_paragraph_under_it_uses_stays()
    {
        string[] post =
        [
            "Im Herbst ziehen sich die Säfte in die Wurzeln zurück, und die Schnittwunden verheilen besonders gut.",
            "Kurs Obstbaumschnitt im Garten",
            "Wir haben die wichtigsten Handgriffe in dem Kurs Obstbaumschnitt im Garten zusammengestellt, damit du sie an einem Nachmittag lernst!",
        ];
        Assert.False(UnquotedPullQuote.Is(post, 1));
    }

    [Fact]
    public void A_short_sentence_with_its_full_stop_is_still_a_pull_quote()
    {
        string[] post =
        [
            "Im Herbst ziehen sich die Säfte in die Wurzeln zurück, und die Schnittwunden verheilen besonders gut.",
            "Der Schnitt im Herbst lohnt sich.",
            "Der Schnitt im Herbst lohnt sich, sagt die Gärtnerin, weil die Bäume im Frühjahr kräftiger austreiben.",
        ];
        Assert.True(UnquotedPullQuote.Is(post, 1));
    }

    [Fact]
    public void A_short_line_that_opens_the_longer_line_under_it_is_still_taken_out()
    {
        string[] post =
        [
            "Im Herbst ziehen sich die Säfte in die Wurzeln zurück, und die Schnittwunden verheilen besonders gut.",
            "Glasglocke auf einem Tonuntersetzer",
            "Glasglocke auf einem Tonuntersetzer (Foto: Ida Brenner)",
        ];
        Assert.True(UnquotedPullQuote.Is(post, 1));
    }
}
