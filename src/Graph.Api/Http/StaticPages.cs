namespace Graph.Api.Http;

/// <summary>The pages of the front end (built into wwwroot by ClientApp), served as they are.</summary>
internal static class StaticPages
{
    public const string Ide = "graphiql.html";
    public const string Explore = "explore.html";

    public static async Task SendAsync(HttpContext http, string page)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(page);
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"{page} is missing: build it with `npm ci && npm run build` in src/Graph.Api/ClientApp.", http.RequestAborted);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
