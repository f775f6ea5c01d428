using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A text browser prints an accessible page's skip links ("Jump to main content", "Jump to navigation") as its first
/// lines, above the menu; they are links, never the headline.
/// </summary>
public class SkipLinkLineTests
{
    [Theory]
    [InlineData("Jump to main content")]
    [InlineData("Jump to navigation")]
    [InlineData("Jump to content")]
    [InlineData("Click to Skip Ad")]
    [InlineData("Skip Ad")]
    [InlineData("Stay Connected")]
    public void A_skip_link_or_a_widgets_label_is_furniture(string line) => Assert.True(BoilerplateFilter.IsBoilerplate(line));

    [Fact]
    public void The_headline_over_the_byline_is_the_title_under_skip_links_and_a_trail()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
               Jump to main content

               Jump to navigation

               This archive is kept as it stood on its last day. Its links to other sites and some of its own pages may no longer work.
                 * Home
                 * Newsroom
                 * Visit

            You are here

                1. Home
                2. Blog

            Harbour Office Moves Its Notices Online

            March 4, 2016 at 9:15 AM ET by Imogen Braithwaite

            From next month, the harbour office will post its tide notices, berth lists and closures on its own pages first, and on the board by the gate a day later.

            Skippers who want the notices by mail can still ask for them at the desk, where the old forms will be kept for another year.
            """), "harbour_lynx.txt");

        Assert.Equal("Harbour Office Moves Its Notices Online", page.Title);
        Assert.Equal(["Imogen Braithwaite"], page.Authors);
    }
}
