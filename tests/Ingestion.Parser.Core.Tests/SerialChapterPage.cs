using System.Text;

namespace Ingestion.Parser.Core.Tests;

/// <summary>
/// A web-serial platform's chapter page in a Bootstrap admin theme: the work's title, "by" alone and the pen name over
/// the chapter's headline; the chapter pasted from a word processor (each paragraph a div in a spacing div) with a trap
/// line for copyists hidden by a class of the page's style sheet; the writer's note and profile card in panels whose
/// title bars are classed "caption", the card dated by the account's last visit; the thread's panel "Replies(14)"
/// loading its comments on a click (WrappedProseDiv, StyleSheetHiddenLine, PanelTitleCaption, ThreadHeaderOverBox,
/// WriterProfileTime, ByLabelBesideHeadline).
/// </summary>
internal static class SerialChapterPage
{
    private static string Paragraph(string text) => $"""
        <div style="margin: 1em 0"><div style="direction: ltr"><span style="font-family: arial">{text}</span></div></div>
        """;

    public static ParsedPage Parse() => PageParser.Parse(Encoding.UTF8.GetBytes($$"""
        <html><head><title>CHAPTER NINE: The lighthouse keeper's key - Night Shift | Quillroad</title>
        <meta property="og:site_name" content="Quillroad">
        <style><![CDATA[
        .xq7trap{ display: none; speak: never; }
        @media (max-width: 600px) { .wide-only { display: none } }
        ]]></style></head><body>
        <div class="row fic-header"><div class="col-md-6">
        <a href="/fiction/5120/night-shift"><h2 class="font-white">Night Shift</h2></a> <span class="font-white">by</span>
        <h3 class="font-white"><a href="/profile/4411">Wrenfield</a></h3>
        <h1 class="font-white">CHAPTER NINE: The lighthouse keeper's key</h1>
        </div><div class="col-md-4 fic-buttons"><a class="btn btn-primary" href="/fiction/5120/night-shift">Serial Index</a>
        <a class="btn btn-default" href="/report/chapter/88">Flag Chapter</a></div></div>
        <div class="portlet light chapter"><div class="portlet-body">
        <div class="chapter-inner chapter-content"><div><div tabindex="1">
        <div style="margin: 1em 0"><div style="text-align: center">&#160;</div><div style="text-align: center"><span>9</span></div><div>&#160;</div>
        <div style="direction: ltr"><span style="font-family: arial">“You kept the key all winter?” Maren asked as the two of them climbed the last flight of stairs to the lamp room.</span></div></div>
        {{Paragraph("Tobin shrugged and held it up to the grey light from the window, turning it until the worn teeth caught the sun.")}}
        {{Paragraph("“Nobody asked for it back, and the harbour master never came up here after the storm in November.”")}}
        <div style="margin: 1em 0"><div style="text-align: center"><hr><p class="xq7trap"><span>This chapter was taken without the writer's consent. Report it to the platform.</span></p></div></div>
        {{Paragraph("Maren laughed and pushed the heavy door open, and the wind off the sea nearly took it out of her hands.")}}
        {{Paragraph("Below them the ferry was already turning into the bay, its lights still on although the morning had come.")}}
        </div></div></div>
        <div class="portlet solid author-note-portlet"><div class="portlet-title"><div class="caption"><span class="caption-subject bold uppercase">Notes for readers</span></div></div>
        <div class="portlet-body author-note"><p>Thank you all for reading, the next chapter comes on Friday.</p></div></div>
        </div></div>
        <div class="portlet light"><div class="portlet-title"><div class="caption">Writer profile</div></div>
        <div class="portlet-body profile"><div class="col-md-8 profile-info"><h1 class="font-blue"><a href="/profile/4411">Wrenfield</a></h1>
        <ul class="list-inline"><li><time datetime="2024-02-11T18:40:12.0000000Z">Sunday, February 11, 2024 6:40:12 PM</time></li></ul>
        <p><strong>About:</strong> I write about lighthouses.</p></div></div></div>
        <a id="comments"></a>
        <div class="portlet light comments-container">
        <div class="portlet-title"><div class="caption"><div class="caption-subject">Replies(14)</div></div>
        <div class="actions"><button class="btn btn-default">Flat view</button></div></div>
        <div class="text-center">Sign in to reply<br><a class="btn btn-primary" href="/account/login">Sign In</a></div>
        <hr>
        <div class="portlet-body comments comment-container"><div id="comment-loader"><button class="btn btn-primary">Show replies</button></div></div>
        </div>
        <div class="page-footer">Quillroad © 2024</div>
        </body></html>
        """), "chapter.html");
}
