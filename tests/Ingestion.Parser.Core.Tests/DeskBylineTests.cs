using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DeskBylineTests
{
    [Theory]
    [InlineData("By Business Journal Staff")]
    [InlineData("By Valley Sentinel Staff Reports")]
    [InlineData("Written by Business Journal Staff")]
    [InlineData("Posted by KXRV Staff")]
    [InlineData("By Letters To The Editor |")]
    public void A_byline_naming_the_newsroom_is_a_desk_byline(string line) => Assert.True(DeskByline.Is(line));

    [Theory]
    [InlineData("By Mark Ellison")]
    [InlineData("By Staff")]
    [InlineData("By Jane Roe |")]
    [InlineData("Written by Mark Ellison")]
    [InlineData("Bremer Tool & Die to add 60 jobs at Carver plant")]
    [InlineData("By the end of the year, the plant will need more staff")]
    public void A_persons_byline_a_headline_or_a_sentence_is_none(string line) => Assert.False(DeskByline.Is(line));

    [Fact]
    public void The_headline_over_a_desk_byline_is_the_title()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes(
            "Business Briefs\n\nBremer Tool & Die to add 60 jobs at Carver plant\n\nBy Business Journal Staff\n\nThursday, September 26, 2013, 2:30 PM EDT\n\n"
            + "Bremer Tool & Die Co. plans to add 60 jobs over the next two years at its Carver plant after winning a contract, the company said Thursday.\n\n"
            + "The family-owned company will spend $8.5 million on two new presses and an addition on the north side of the plant.\n"), "brief.txt");

        Assert.Equal("Bremer Tool & Die to add 60 jobs at Carver plant", page.Title);
        Assert.Empty(page.Authors);
    }

    [Fact]
    public void A_letters_section_byline_is_neither_title_nor_a_letters_heading()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            Letters to the Editor

               Letters Represent the opinion of the letter writers.

               Letters to the Editor |
               Letters: Ferry riders | Library hours | Tax dollars

            Valley Courier Letters to the Editor for March 4, 2023

            Share this:

                 * Click to share on Facebook (Opens in new window)
                 * Click to print (Opens in new window)
                 *

               By Letters To The Editor |
               PUBLISHED: March 3, 2023 at 4:30 p.m. | UPDATED: March 4, 2023 at 3:58 a.m.

               Submit your letter to the editor via this form. Read more Letters to the Editor.

            County plan
            ignores the ferry riders

               The county's new transit plan leaves the ferry riders out again, though they were promised a shuttle last spring.

               Nobody on the board has taken the early boat in years, and it shows in every page of the plan they adopted.

               Ada Brennan
               Millbrook

            Library hours
            are too short

               The branch library closes at five on weekdays, before most of us are home from work, and opens late on Saturdays.

               Ben Ortiz
               Millbrook
            """), "page.txt");

        Assert.Equal("Valley Courier Letters to the Editor for March 4, 2023", page.Title);
        Assert.DoesNotContain(page.BodyParagraphs, paragraph => paragraph.StartsWith("By ", StringComparison.Ordinal));
    }
}
