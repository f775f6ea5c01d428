using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WordsTests
{
    [Theory]
    [InlineData("‘I don’t think she expected this.’", true)]
    [InlineData("'Are you coming?'", true)]
    [InlineData("He said it was over.", true)]
    [InlineData("“We will rebuild,” she said", false)]
    [InlineData("Outside the Joneses’", false)]
    [InlineData("„Ein Wechsel dauert nur wenige Minuten.“", true)]
    [InlineData("Die Anbieter nennen das „Grundversorgung“", false)]
    [InlineData("Share this article", false)]
    [InlineData("(EDIT: the link to the notice is gone now.)", true)]
    [InlineData("(Did anyone ask the ferry men?)", true)]
    [InlineData("Communiqués des syndicats, coordinations, sociétés (...)", false)]
    [InlineData("The harbour board (2013)", false)]
    [InlineData("　　这是一段测试用的中文句子，讲述河边小镇的新渡轮。", true)]
    [InlineData("镇长说：「渡轮明年开通。」", true)]
    [InlineData("这条渡轮什么时候开通？", true)]
    [InlineData("河边小镇新闻网", false)]
    public void A_sentence_ends_in_its_mark_or_in_a_single_quote_closing_after_one(string text, bool ends) =>
        Assert.Equal(ends, Words.EndsSentence(text));

    [Theory]
    [InlineData("The state reopened a limited trapping season in 2012.^2", true)]
    [InlineData("Studies found mostly rough fish and crayfish, though.^13", true)]
    [InlineData("The stock gained $3.82 to $38.47.", true)]
    [InlineData("S&P 500 1,498.11 +4.87", false)]
    [InlineData("Area of the lot: 40 m^2", false)]
    public void A_footnotes_caret_number_after_the_full_stop_still_ends_the_sentence(string text, bool endsSentence) =>
        Assert.Equal(endsSentence, Words.EndsSentence(text));

    [Theory]
    [InlineData("T.J. Mahoney", true)]
    [InlineData("J.R.R. Tolkien fan", true)]
    [InlineData("Former teller", true)]
    [InlineData("Finally. This should", false)]
    [InlineData("USA. Then we", false)]
    public void Initials_joined_by_full_stops_make_no_sentence_break_in_a_name(string text, bool isName) =>
        Assert.Equal(isName, Words.LooksLikeName(text));

    [Theory]
    [InlineData("Ret. Chief", true)]
    [InlineData("Sgt. Mike Dorsey", true)]
    [InlineData("Rev. Ellis", true)]
    [InlineData("Retired. Chief", false)]
    [InlineData("Yes. Agreed", false)]
    public void A_shortened_english_rank_or_title_makes_no_sentence_break_in_a_name(string text, bool isName) =>
        Assert.Equal(isName, Words.LooksLikeName(text));

    [Theory]
    [InlineData("Offenes Ohmtal e.V.", true)]
    [InlineData("Harbour Tours Ltd.", true)]
    [InlineData("The meeting ran late.", false)]
    [InlineData("They rang the club.", false)]
    public void A_legal_form_closing_a_club_or_firm_name_ends_no_sentence(string text, bool isName) =>
        Assert.Equal(isName, Words.LooksLikeName(text));

    [Theory]
    [InlineData("  Derek  Kaplan\tDerek Kaplan ", 8, 4)]
    [InlineData("one two three four five", 3, 4)]
    [InlineData("one two three", 3, 3)]
    [InlineData("", 3, 0)]
    public void Words_are_counted_up_to_one_past_the_limit(string text, int limit, int counted)
    {
        Assert.Equal(counted, Words.CountUpTo(text, limit));
        Assert.Equal(Math.Min(Words.Count(text), limit + 1), counted);
    }

    [Theory]
    [InlineData("Most Read Stories", 5, 3)]
    [InlineData("Arts & Culture", 5, 3)]
    [InlineData("Most read stories", 5, 0)]
    [InlineData("One Two Three Four Five Six", 5, 0)]
    public void Capitalised_words_are_counted_up_to_a_most(string text, int most, int expected) =>
        Assert.Equal(expected, Words.CapitalisedCount(text, most));
}
