using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="hidden" id="quiz_list"&gt;…&lt;div class="image"&gt;&lt;img …&gt;&lt;/div&gt;&lt;div&gt;&lt;h4&gt;Which Coat Suits You?&lt;/h4&gt;&lt;p&gt;…&lt;/p&gt;
/// &lt;span&gt;Take Quiz&lt;/span&gt;&lt;/div&gt;": a site's slide-out panel of quiz teasers sits in the page under the plain utility
/// class "hidden" until a button opens it; its cards set a thumbnail over a title and a pitch, which read as a picture over
/// its caption. A widening of <see cref="HiddenBoxPicture"/>, which asked the inline style only: the class named exactly
/// "hidden" hides on every screen, as the text reader already takes it (HtmlText), unlike a screen-size class such as
/// "hidden-xs" or a state class such as "is-hidden", which are left alone. Cost: one class-token look per ancestor in the
/// walk the inline style check already makes.
/// </summary>
internal static class HiddenClassBoxPicture
{
    public static bool IsHiddenBox(IElement box) => box.ClassList.Contains("hidden");
}
