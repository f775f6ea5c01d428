using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class CommentFormOverFooterTimedThreadTests
{
    // Livefyre (2013): the count, the widget's sign-in and follow buttons, its form, the sort tabs, then comments whose
    // times stand under their text. The form opens the thread as it does over comments timed in their headers.
    [Fact]
    public void A_form_over_sort_tabs_and_comments_timed_under_their_text_opens_the_thread()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            House passes stopgap bill

            By Dana Whitcomb

            The House passed a bill on Friday that would keep the government open through mid-December, though the Senate has promised to strip its health law provisions.

            Leaders of both parties said they would keep talking through the weekend, though no meeting had been set.

            3 Comments

            Sign in

            0 people listening

            + Follow
            Share

            Post comment as...

            Newest | Oldest | Top Comments

            Ron Pelletier
            They passed a bill they know will never become law. That is not governing, that is theater.
            Sep 27, 2013
            Reply · Like · 4

            Marcy Delacroix
            My husband is a civilian at the base. We have no idea if he gets paid in October.
            Sep 27, 2013
            Reply · Like · 19

            J. T. Ashworth
            Both sides should skip their pay until this is settled.
            Sep 28, 2013
            Reply · Like · 2
            """), "page.txt");

        Assert.Equal(["Ron Pelletier", "Marcy Delacroix", "J. T. Ashworth"], page.Comments.Select(comment => comment.Author));
        Assert.Equal(["2013-09-27", "2013-09-27", "2013-09-28"], page.Comments.Select(comment => comment.PostedAt));
    }

    [Fact]
    public void A_form_over_text_with_no_time_under_it_still_ends_the_thread()
    {
        var page = PageParser.Parse(Encoding.UTF8.GetBytes("""
            House passes stopgap bill

            By Dana Whitcomb

            The House passed a bill on Friday that would keep the government open through mid-December, though the Senate has promised to strip its health law provisions.

            3 Comments

            Sign in

            0 people listening

            + Follow
            Share

            Post comment as...

            Newest | Oldest | Top Comments

            Most Read
            Council delays vote on the river crossing until next month
            """), "page.txt");

        Assert.Empty(page.Comments);
    }
}
