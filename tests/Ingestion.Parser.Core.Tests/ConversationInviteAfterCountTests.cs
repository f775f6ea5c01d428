using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ConversationInviteAfterCountTests
{
    [Fact]
    public void A_count_link_closing_with_its_invitation_declares_the_count()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <!DOCTYPE html>
            <html lang="en" xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://ogp.me/ns/fb#" class=""><head><title>Five ferry trends for next year - Harbour Post</title><link rel="canonical" href="https://www.harbourpost.example/news/five-ferry-trends/"></head><body class="not-logged-in">
            <div id="nav-ad-1" class="ad-nav-ad" data-ad="nav-ad">
            </div>
            <div id="rbWrapper">
            <div id="intromercial-1" class="ad-intromercial" data-ad="intromercial">
            </div>
            <div id="rbContent" class="">
            <div id="page-five-ferry-trends" class="pageWrapper pageContainer current" data-container-asset-id="1" data-component="[&quot;article&quot;,&quot;page&quot;]">
            <div class="sticky-leader" data-component="stickyLeader">
            <div id="leader-top-1" class="ad-leader-top" data-ad="leader-top">
            </div>
            </div>
            <div class="container">
            <div class="row">
            <div class="row">
            <div class="col-12">
            <div class="row">
            <div class="col-8">
            </div>
            <div class="col-4">
            </div>
            </div>
            </div>
            </div>
            <div class="row">
            <div class="col-12">
            <article itemscope="" itemtype="http://schema.org/Article" id="article-body" section="articleBody">
            <h1>Five ferry trends for next year</h1>
            <div class="slidingArticleInfo" data-component="slidingElement">
            <div class="sharebarRedesign inline-view atTop" section="topSharebar" data-component="sharebar">
            <div class="sharebarWrapper ">
            <ul class="sharebarContainer"><li class="share-button sharebarRedesignButton">
            <a data-popup="facebook" data-tracking="facebook">
            <div class="social-button-small-redesign facebook">
            </div>
            </a>
            </li>
            <li class="share-button sharebarRedesignButton">
            <a data-popup="twitter" data-tracking="twitter">
            <div class="social-button-small-redesign twitter">
            </div>
            </a>
            </li>
            <li class="share-button sharebarRedesignButton">
            <a data-popup="email" data-tracking="email">
            <div class="social-button-small-redesign email">
            </div>
            </a>
            </li>
            <li class="share-button sharebarRedesignButton comment-count-redesign" data-livefyre-count-redesign="1">
            <a href="https://www.harbourpost.example/news/five-ferry-trends/#comments">
            <div class="social-button-small-redesign comments">
            <div class="count"></div>
            </div>
            </a>
            </li>
            </ul></div>
            </div>
            </div>
            <div class="col-7 article-main-body row" itemprop="articleBody" data-component="lazyloadImages">
            <p>The island ferry ran again on Tuesday morning after two days tied up in the harbour while the storm passed over the bay.</p><p>The operator said every crossing this week would keep its timetable, and that passengers with cancelled tickets could travel free.</p>
            <div class="comment-container" data-component="sharebar">
            <h3>Share your voice</h3>
            <div class="share-button sharebarRedesignButton comment-count-redesign" data-livefyre-count-redesign="1">
            <a href="https://www.harbourpost.example/news/five-ferry-trends/#comments">
            <div class="bg-comment"></div>
            <div class="bg-comment-overlay"></div>
            <div class="social-button-small-redesign comments">
            <div class="label">
            <span class="livefyre-commentcount count" data-lf-site-id="311569" data-lf-article-id="1" data-lf-format="numberOnly">0</span>
            <span>comments</span>
            </div>
            <span class="join-convo">Join the conversation</span>
            </div>
            </a>
            </div>
            </div>
            </div>
            </article><div class="collapsible hidden" data-component="toggle">
            <div class="close" data-item="trigger"> Close</div>  <div id="livefyreContainer-1" class="livefyreContainer" data-component="selfishScroll">
            <a name="comments" class="livefyreJumpTarget">
            </a>
            <h3>
            <span>Discuss: Five ferry trends for next year</span>
            </h3>
            <div id="livefyreConversation-1" class="livefyreConversation" data-component="livefyreConversation"></div>
            <div class="livefyreFooter">
            <p class="livefyrePowered">Conversation powered by Livefyre</p>
            </div>
            </div>
            </div>
            <div id="flex-leader-plus-incontent-bottom-1" class="ad-flex-leader-plus-incontent-bottom" data-ad="flex-leader-plus-incontent-bottom">
            </div>
            </div>
            <div id="page-next-story" class="pageWrapper pageContainer" data-container-asset-id="2" data-component="page">
            </div>
            <section id="contentPromo" section="footer|content_promo" class="hide" data-component="lazyloadComponent"></section></div>
            </body></html>
            
            """), "ferry.html");

        Assert.Equal(0, page.DeclaredCommentCount);
        Assert.Empty(page.Warnings);
    }

    [Theory]
    [InlineData("0 comments Join the conversation", "0 comments")]
    [InlineData("12 Comments Leave a comment", "12 Comments")]
    [InlineData("Join the conversation", null)]
    [InlineData("Share your story Join the conversation", null)]
    public void Only_a_count_before_the_invitation_is_kept(string line, string? count) => Assert.Equal(count, ConversationInviteAfterCount.Without(line));
}
