using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class MarkerInsideWordTests
{
    [Fact]
    public void A_reader_speaking_of_your_newsletter_is_no_newsletter_prompt() =>
        Assert.False(BoilerplateFilter.IsBoilerplate("It's a pity to be a subscriber to your newsletter and still have no way to print the recipes I find on the page."));

    [Fact]
    public void The_sites_own_newsletter_prompt_stays_furniture() =>
        Assert.True(BoilerplateFilter.IsBoilerplate("Get the best of the pantry with our newsletter, free."));

    [Fact]
    public void A_comment_about_your_newsletter_is_kept_in_the_thread()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><meta charset="utf-8"><title>pickled radish slaw | the narrow pantry</title></head>
            <body><div id="content"><div class="post" id="post-4411"><h2>pickled radish slaw</h2>
            <div class="entry">
            <p>Every June the radishes at the corner market get out of hand, and every June I buy far too many of them because they are the first crunchy thing of the year.</p>
            <p>This slaw keeps for three days in the fridge, gets better on the second, and goes with almost anything you would put on a grill this summer.</p>
            </div></div>
            <ul class="commentlist">
            <li class="commentbody" id="comment-101"><cite>Orla Brenn</cite> &nbsp; <a class="commentlink" href="#comment-101">June 14, 2016</a><div class="commentcount">1</div>
            <p>Dill and radish, of course. Made it twice this week already.</p></li>
            <li class="commentbody" id="comment-102"><cite>Tamsin Reyes</cite> &nbsp; <a class="commentlink" href="#comment-102">June 14, 2016</a><div class="commentcount">2</div>
            <p>It's a pity to be a subscriber to your newsletter and still have no way to print the recipes I find on the page.</p></li>
            <li class="commentbody" id="comment-103"><cite>Ines Holt</cite> &nbsp; <a class="commentlink" href="#comment-103">June 14, 2016</a><div class="commentcount">3</div>
            <p>Would apple cider vinegar work here instead of rice vinegar?</p></li>
            </ul></div></body></html>
            """), "slaw.html", "text/html");
        Assert.Contains(page.Comments, comment => comment.Author == "Tamsin Reyes");
    }
}
