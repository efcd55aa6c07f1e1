using Sift.Model;

namespace Sift.Intake.Html;

public static class HtmlArticleReader
{
    public static Article Read(string html, string source, string? url = null) =>
        throw new InputException(source, "HTML is not supported yet");
}
