using System.Text.Json;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TitleCaseSentenceHeadlineTests
{
    private const string Headline = "I Was an Interpreter at the UN This Week. Here Is What the Speeches Sounded Like.";

    [Theory]
    [InlineData(Headline)]
    [InlineData("I Rode Every Night Bus in Our City for a Month. Here Is What I Learned.")]
    // A question capitalised throughout, its short words too.
    [InlineData("'Neutral' Fact-Checker Asks: 'Are There Any Calm Voters Left?'")]
    public void Two_sentences_in_title_case_are_a_headline(string line) => Assert.True(TitleCaseSentenceHeadline.Is(line));

    [Theory]
    // Text: verbs and nouns in lower case.
    [InlineData("For most of the year, the booths at the back of the General Assembly hall are quiet. This week they were not.")]
    // Title case with no stop is a headline for other rules to judge.
    [InlineData("Here Is What the Speeches at the United Nations Sounded Like")]
    // Too few long words to tell.
    [InlineData("Kerry Met Lavrov at the UN.")]
    // A list of names has no lower-case joining word.
    [InlineData("Present Were Harold Lindgren, Priya Natarajan, Marisol Okafor, Theodore Lindqvist.")]
    // Nor does a question in lower case, which is a sentence.
    [InlineData("Are there any calm voters left in the county after this week's hearings on the budget?")]
    public void Other_lines_are_not(string line) => Assert.False(TitleCaseSentenceHeadline.Is(line));

    [Fact]
    public void The_headline_with_its_stops_is_the_title_over_the_text()
    {
        const string page = "   Graphtalk\n   Go to the profile of Leila Haddad\n   Leila Haddad\n   Sep 25, 2013\n\n" + Headline + "\n\n"
            + "   For most of the year, the booths at the back of the General Assembly hall are quiet. This week they were not.\n\n"
            + "   It goes something like this: the use of chemical weapons is unacceptable, and the solution can only be political.\n";
        var split = JsonDocument.Parse(LabelledPages.SplitAsJson(page, "page.txt")).RootElement;
        Assert.Equal(Headline, split.GetProperty("title").GetString());
        Assert.StartsWith("For most of the year", split.GetProperty("body_paragraphs")[0].GetString());
    }

    [Fact]
    public void The_headline_with_its_stops_stands_over_its_deck() =>
        Assert.True(TitleCaseHeadline.IsOverDeck("I Rode Every Night Bus in Our City for a Month. Here Is What I Learned.",
            "Thirty-one nights, nine routes and one very patient driver named Gus"));
}
