using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MonthNamedCommenterTests
{
    private static ParsedPage Parse(string secondHeader) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        Ferry fares rise again

        By Ann Roe

        The harbour board raised the fares for the island ferry by a tenth on Monday, the third rise in two years.

        Commuters who cross every day will pay almost two hundred more a year, the passengers' association reckoned.

        3 Kommentare

        Tom Hale 21. December 2017
        This is the third rise and the boat is still late every morning.

        {secondHeader}
        I stopped taking the ferry last year and drive round the bay now.

        Pati 22. December 2017
        The new engine was promised for last summer too.
        """), "story.txt");

    [Theory]
    [InlineData("Mai 21. December 2017", "Mai")]
    [InlineData("June 21 December 2017 at 10:12", "June")]
    public void A_commenter_named_as_a_month_before_a_date_naming_its_own_month_is_a_comment_of_their_own(string header, string name)
    {
        var page = Parse(header);

        Assert.Equal(["Tom Hale", name, "Pati"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["I stopped taking the ferry last year and drive round the bay now."], page.Comments[1].Paragraphs);
        Assert.Equal("2017-12-21", page.Comments[1].PostedAt?[..10]);
    }

    [Theory]
    [InlineData("Mai 21. Dezember 2017", true)]
    [InlineData("April 3 March 2014", true)]
    [InlineData("May 21, 2017", false)]
    [InlineData("May 21, 2017 at 10:12 am", false)]
    [InlineData("Anna 21. December 2017", false)]
    [InlineData("Mai 21. 12. 2017", false)]
    public void Only_a_month_word_before_a_date_that_names_its_month_in_words_opens_such_a_header(string line, bool opens) =>
        Assert.Equal(opens, MonthNamedCommenter.Opens(line));
}
