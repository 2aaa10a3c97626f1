// Swagger UI over this site's OpenAPI document; "Try it out" sends the page's session cookie.
window.addEventListener('load', function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({ url: root.getAttribute('data-url'), dom_id: '#swagger-ui', deepLinking: true });
});
