using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A Drupal 7 thread: the header box "View comments (12)" over the box that wraps the terms of use and "#comments", the
/// reply form inside "#comments" over the first comment, each comment's links as one inline list ("reply" / day /
/// clock), replies in "div.indented" (CommentFormBox.RemoveFrom, ThreadHeaderOverBox, ClockUnderCommentDate).
/// </summary>
internal static class DrupalThreadPage
{
    private static string Comment(string id, string name, string text, string day, string clock, bool reply = true) => $"""
        <a id="comment-{id}"></a>
        <div class="clear-block comment comment-by-anonymous clearfix">
        <div class="comment-content"><div class="content">
        <h3 class="name"><span class="username">{name}</span></h3>
        <div class="field-comment-body text-area"><p>{text}</p></div>
        </div></div>
        <div class="meta"><ul class="links inline">
        {(reply ? $"<li class=\"comment-reply first\"><a href=\"/comment/reply/1/{id}\">reply</a></li>" : "")}
        <li class="date"><span>{day}</span></li>
        <li class="time last"><span>{clock}</span></li>
        </ul></div>
        </div>
        """;

    public static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>Why My Receipts Still Follow Me | Harbour Rights Council</title></head><body>
        <h1>Why My Receipts Still Follow Me</h1>
        <div class="story">
        <p>I have not used a loyalty card in six years, and I keep my receipts in a tin on the kitchen shelf by the door.</p>
        <p>None of that asks the people who never signed anything, which is the point of this post about the harbour shops.</p>
        </div>
        <div class="comments comment-wrapper">
        <div class="comments-header"><span class="title">View comments</span> (12)</div>
        <div class="content">
        <div class="terms"><div class="terms-title">Read the Terms of Use</div></div>
        <div id="comments">
        <form class="comment-form" action="/comment/reply/1" method="post">
        <label for="edit-name">Your name</label> <input type="text" id="edit-name" name="name" value="Anonymous">
        <label for="edit-body">Comment</label> <textarea id="edit-body" name="body"></textarea>
        <fieldset class="filter-wrapper collapsible collapsed"><legend><span class="fieldset-legend">Text formats options</span></legend>
        <div class="filter-guidelines"><h3>Basic HTML</h3><ul class="tips"><li>Allowed HTML tags: &lt;em&gt; &lt;p&gt;</li><li>Lines and paragraphs break automatically.</li></ul></div>
        </fieldset>
        <input type="submit" value="Add comment">
        </form>
        {{Comment("101", "Anonymous", "A card is a receipt you carry for them; I stopped carrying mine years ago.", "May 3, 2018", "6:32 PM")}}
        {{Comment("102", "Marit", "Does paying by phone get round this?", "May 4, 2018", "2:20 AM")}}
        <div class="indented">
        {{Comment("103", "Anonymous", "No: the till talks to the bank, not to your router.", "May 5, 2018", "10:14 PM", reply: false)}}
        </div>
        {{Comment("104", "Ed V. -Utrecht", "Well written. Every shop should offer a way to pay without a trail.", "May 4, 2018", "5:29 PM")}}
        </div>
        </div>
        </div>
        </body></html>
        """), "page.html");
}
