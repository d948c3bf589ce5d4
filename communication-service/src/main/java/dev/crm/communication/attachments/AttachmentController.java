package dev.crm.communication.attachments;

import dev.crm.common.security.CurrentUser;
import dev.crm.common.security.RecordOwnership;
import dev.crm.common.web.CommonError;
import dev.crm.common.web.CrmException;
import dev.crm.common.web.Page;
import dev.crm.communication.activities.ActivityService;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/communications/attachments}: upload a file (multipart {@code file}; on an activity the
 * member may change with {@code activityId}, or for the email about to be sent), list an email's or an
 * activity's, and download one (always as a download, never rendered by the browser).
 */
@RestController
@RequestMapping("/api/communications/attachments")
class AttachmentController {

    private final Attachments attachments;
    private final ActivityService activities;

    AttachmentController(Attachments attachments, ActivityService activities) {
        this.attachments = attachments;
        this.activities = activities;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                          @RequestParam(required = false) UUID activityId) throws IOException {
        if (file == null) throw CrmException.onField(CommonError.VALIDATION_FAILED, "file", "Send the file as the multipart part 'file'.");
        CurrentUser user = CurrentUser.require();
        RecordOwnership.requireMayChange(user, user.id(), null); // a viewer attaches nothing
        if (activityId != null) activities.requireMayChange(activityId);
        AttachmentView created = attachments.upload(file.getOriginalFilename(), file.getBytes(), activityId);
        return ResponseEntity.created(URI.create("/api/communications/attachments/" + created.id())).body(created);
    }

    @GetMapping
    Page<AttachmentView> list(@RequestParam(required = false) UUID emailId, @RequestParam(required = false) UUID activityId) {
        return new Page<>(attachments.listOf(emailId, activityId), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        Attachments.File file = attachments.download(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
